import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { StackError } from './errors';
import { exec, which } from './exec';

/** Where Debian/Ubuntu packages (openjdk-*, temurin-*) install JDKs; searched when JAVA_HOME and PATH fall short. */
const JVM_DIR = '/usr/lib/jvm';

export interface Need {
  /** What the tool is for, e.g. "Apicurio Registry 3.3.3"; goes into the error message. */
  readonly neededBy: string;
  /** How to fix it, e.g. "apt-get install maven". */
  readonly fix: string;
}

/** The absolute path of a command on PATH, or a StackError that names it and says how to get it. */
export function requireCommand(command: string, need: Need, env: NodeJS.ProcessEnv): string {
  const found = which(command, env);
  if (!found) {
    throw new StackError(`${command} not found on PATH (needed by ${need.neededBy}): ${need.fix}`);
  }
  return found;
}

/**
 * Finds a `java` of at least `minVersion`: the override variable if set (and then only it, so a wrong
 * setting is reported rather than silently ignored), else JAVA_HOME, else PATH, else the newest JDK in /usr/lib/jvm.
 * The default `java` is often older than what a component needs (17 here, where Apicurio 3.3 needs 21).
 */
export async function findJava(
  minVersion: number,
  need: Need & { readonly overrideVar: string },
  env: NodeJS.ProcessEnv,
): Promise<string> {
  const override = env[need.overrideVar];
  if (override) {
    const java = join(override, 'bin', 'java');
    const version = await javaVersion(java);
    if (version === undefined) {
      throw new StackError(`${need.overrideVar}=${override} has no working bin/java`);
    }
    if (version < minVersion) {
      throw new StackError(
        `${need.overrideVar}=${override} is Java ${version}, but ${need.neededBy} needs Java ${minVersion}+`,
      );
    }
    return java;
  }
  const candidates = [
    env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : undefined,
    which('java', env),
  ];
  for (const java of candidates) {
    if (java && ((await javaVersion(java)) ?? 0) >= minVersion) return java;
  }
  let best: { java: string; version: number } | undefined;
  for (const jdk of existsSync(JVM_DIR) ? readdirSync(JVM_DIR) : []) {
    const java = join(JVM_DIR, jdk, 'bin', 'java');
    const version = existsSync(java) ? await javaVersion(java) : undefined;
    if (version !== undefined && version >= minVersion && version > (best?.version ?? 0)) {
      best = { java, version };
    }
  }
  if (best) return best.java;
  throw new StackError(
    `Java ${minVersion}+ not found (needed by ${need.neededBy}): ${need.fix} or set ${need.overrideVar}`,
  );
}

const versions = new Map<string, Promise<number | undefined>>();

/** The feature release of a java binary (17, 21, 25…), or undefined if it does not run. Memoised: JVM start-up is slow. */
export function javaVersion(java: string): Promise<number | undefined> {
  let version = versions.get(java);
  if (!version) {
    version = exec(java, ['-version']).then(
      // `java -version` writes to stderr: openjdk version "17.0.15" …, "25" …, or "1.8.0_392" for Java 8.
      ({ stderr }) => {
        const match = /version "(\d+)(?:\.(\d+))?/.exec(stderr);
        if (!match) return undefined;
        return match[1] === '1' ? Number(match[2]) : Number(match[1]);
      },
      () => undefined,
    );
    versions.set(java, version);
  }
  return version;
}
