import { json, Router } from 'express';
import type { FaultInjector, FaultRule } from './faults';
import type { DeliveryFaults, WebhookSender } from './webhook-sender';

/** `/admin/faults` and `/admin/webhooks`: the failure modes a test or scenario switches on. */
export function platformAdminRoutes(faults: FaultInjector, webhooks: WebhookSender): Router {
  const router = Router();
  router.use(json({ limit: '10mb' }));

  router.get('/faults', (_req, res) => void res.json(faults.list()));
  router.post('/faults', (req, res) => {
    const rule = req.body as FaultRule;
    if (typeof rule?.vendor !== 'string') {
      res.status(400).json({ error: 'a fault rule needs a vendor' });
      return;
    }
    res.status(201).json({ id: faults.add(rule) });
  });
  router.delete('/faults', (req, res) => {
    faults.clear(typeof req.query.vendor === 'string' ? req.query.vendor : undefined);
    res.status(204).end();
  });
  router.delete('/faults/:id', (req, res) => {
    res.status(faults.remove(Number(req.params.id)) ? 204 : 404).end();
  });

  router.put('/webhooks/faults/:vendor', (req, res) => {
    webhooks.setFaults(req.params.vendor, req.body as DeliveryFaults);
    res.status(204).end();
  });
  router.delete('/webhooks/faults', (_req, res) => {
    webhooks.clearFaults();
    res.status(204).end();
  });
  router.get('/webhooks/deliveries', (req, res) => {
    const vendor = typeof req.query.vendor === 'string' ? req.query.vendor : undefined;
    res.json(webhooks.history(vendor));
  });
  router.post('/webhooks/idle', async (_req, res) => {
    await webhooks.idle();
    res.status(204).end();
  });
  return router;
}
