import type { ServiceName } from '@parity/launcher';

/**
 * The Deployment and Service of one Parity service. Everything that differs between
 * environments (image tag, replicas, endpoints, secrets) is left to kustomize overlays;
 * what is fixed here is how a Parity service must be run: probes on its health endpoints,
 * a grace period longer than its drain budget, and no privileges it does not need.
 */
export function serviceManifest(name: ServiceName, port: number): object[] {
  const labels = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': 'parity' };
  return [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, labels },
      spec: {
        replicas: 1,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            // SHUTDOWN_TIMEOUT_MS is 10 s; Kubernetes must wait longer before SIGKILL.
            terminationGracePeriodSeconds: 30,
            securityContext: {
              runAsNonRoot: true,
              runAsUser: 10001,
              seccompProfile: { type: 'RuntimeDefault' },
            },
            containers: [
              {
                name,
                image: `parity/${name}`,
                ports: [{ name: 'http', containerPort: port }],
                env: [
                  { name: 'PORT', value: String(port) },
                  { name: 'OTEL_SERVICE_NAME', value: `parity-${name}` },
                  {
                    name: 'DATABASE_URL',
                    valueFrom: { secretKeyRef: { name: 'parity-database', key: 'app-url' } },
                  },
                ],
                envFrom: [{ configMapRef: { name: 'parity-platform' } }],
                livenessProbe: {
                  httpGet: { path: '/health/live', port: 'http' },
                  periodSeconds: 10,
                  failureThreshold: 3,
                },
                readinessProbe: {
                  httpGet: { path: '/health/ready', port: 'http' },
                  periodSeconds: 5,
                  timeoutSeconds: 4,
                },
                resources: {
                  requests: { cpu: '100m', memory: '192Mi' },
                  limits: { memory: '512Mi' },
                },
                securityContext: {
                  allowPrivilegeEscalation: false,
                  readOnlyRootFilesystem: true,
                  capabilities: { drop: ['ALL'] },
                },
              },
            ],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, labels },
      spec: { selector: labels, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
    },
  ];
}
