#!/usr/bin/env node
// Part of the build: writes wink's core model in the form the built code loads fastest
// (see src/nlp/wink-core.ts). Deterministic: the files depend only on the installed model.
import { writePreparedCore } from '../dist/nlp/wink-core.js';

writePreparedCore();
