import { ConnectorError, type Vendor } from '../http/connector-error';
import type { WmsSalesOrderStatus } from './wms-documents';

/**
 * The warehouse will not change an order any more (picking has started, or it has gone):
 * permanent, for a person to settle with the warehouse. A `ConnectorError` that is not
 * retriable, so the document runtime refuses the document and the refusal is raised as an
 * exception with the order's reference and status.
 */
export class WmsChangeRefused extends ConnectorError {
  constructor(
    vendor: Vendor,
    operation: string,
    readonly reference: string,
    /** Where the order stood when refused, if the WMS said. */
    readonly orderStatus: WmsSalesOrderStatus | undefined,
    reason: string,
  ) {
    super(vendor, operation, 'CONNECTOR.CONFLICT', `sales order ${reference}: ${reason}`, {
      responseBody: reason,
    });
    this.name = 'WmsChangeRefused';
  }
}
