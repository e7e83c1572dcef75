#!/usr/bin/env node
import { entry } from './main';

void entry();
