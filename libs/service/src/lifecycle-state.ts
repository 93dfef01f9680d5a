import { Injectable } from '@nestjs/common';

/** Whether the service has begun shutting down, so readiness can fail first. */
@Injectable()
export class LifecycleState {
  private draining = false;

  startDraining(): void {
    this.draining = true;
  }

  get isDraining(): boolean {
    return this.draining;
  }
}
