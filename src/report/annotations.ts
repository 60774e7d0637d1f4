// Diagnostics as error annotations: on the file and line when Packer named them, else on the run.
import * as core from '@actions/core';
import type { Diagnostic } from '../packer/diagnostics.js';

export function annotate(diagnostics: readonly Diagnostic[]): void {
  for (const { title, message, file, line } of diagnostics) {
    const properties: core.AnnotationProperties = { title };
    if (file !== undefined) properties.file = file;
    if (line !== undefined) properties.startLine = line;
    core.error(message, properties);
  }
}
