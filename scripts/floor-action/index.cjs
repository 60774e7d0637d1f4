// A CommonJS entry, as the action's are (scripts/build.ts), so that ncc writes a CommonJS bundle.
require('./floor.mjs').run();
