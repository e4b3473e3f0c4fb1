import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };

const require = createRequire(import.meta.url);
const major = Number(process.versions.node.split('.')[0]);

describe('Node runtime', () => {
  it('runs the npm scripts on the Node that the project brings (22.12 or newer)', () => {
    const platformPackage = `node-${process.platform}-${process.arch}`;
    const pinned = (packageJson.optionalDependencies as Record<string, string>)[platformPackage];
    if (pinned) {
      // The project's own runtime is installed for this platform: scripts must run on it.
      const bundled = require(`${platformPackage}/package.json`) as { version: string };
      expect(process.versions.node).toBe(bundled.version);
      expect(major).toBe(24);
    }
    const [minMajor, minMinor] = [22, 12];
    const minor = Number(process.versions.node.split('.')[1]);
    expect(major > minMajor || (major === minMajor && minor >= minMinor)).toBe(true);
  });
});
