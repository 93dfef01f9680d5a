import type { ComponentName } from '../config';
import type { Reporter } from '../report';

export interface ComponentStatus {
  readonly healthy: boolean;
  /** One word for the state column: up, down, unhealthy, external… */
  readonly state: string;
  /** Ports, pid and anything else worth a glance. Never a password. */
  readonly detail: string;
}

/** One piece of the local stack. Every method reports its own progress lines through the reporter. */
export interface Component {
  readonly name: ComponentName;
  /** Cheap checks of every prerequisite `up` will need, run for all components before anything starts. */
  preflight(): Promise<void>;
  /** Downloads or builds into the cache whatever is missing there. */
  provision(reporter: Reporter): Promise<void>;
  /** Starts the component unless it is already healthy, then waits until it is. */
  up(reporter: Reporter): Promise<void>;
  /** Stops what `up` started, and nothing else. */
  down(reporter: Reporter): Promise<void>;
  status(): Promise<ComponentStatus>;
  /** Deletes the component's data (runs after `down`), so the next `up` starts from scratch. */
  wipe(reporter: Reporter): Promise<void>;
  logFiles(): Promise<string[]>;
}
