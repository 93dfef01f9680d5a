import { Router } from 'express';
import { pageOf, queryText } from './prima-paging';
import { parseOrProblem } from './prima-problem';
import { presentCreditNote } from './prima-present';
import { createReturnAuthorisation } from './prima-returns';
import { returnAuthorisationSchema } from './prima-schemas';
import type { PrimaState } from './prima-state';

/** Return authorisations and the credit notes they raise. */
export function returnRoutes(state: PrimaState): Router {
  const router = Router();

  router.get('/return-authorisations', (req, res) => {
    const raNumber = queryText(req, 'raNumber');
    const ras = [...state.returnAuthorisations.values()]
      .filter((ra) => !raNumber || ra.raNumber === raNumber)
      .map((ra) => ({ ...ra, modifiedAt: ra.createdAt }));
    res.json(
      pageOf(
        req,
        ras,
        (ra) => ra.raNumber,
        (ra) => ra,
      ),
    );
  });

  router.post('/return-authorisations', (req, res) => {
    const ra = createReturnAuthorisation(
      state,
      parseOrProblem(returnAuthorisationSchema, req.body),
    );
    res.status(201).json(ra);
  });

  router.get('/credit-notes', (req, res) => {
    const raNumber = queryText(req, 'raNumber');
    const notes = [...state.creditNotes.values()]
      .filter((note) => !raNumber || note.raNumber === raNumber)
      .map((note) => ({ ...note, modifiedAt: note.createdAt }));
    res.json(pageOf(req, notes, (note) => note.creditNoteNumber, presentCreditNote));
  });

  return router;
}
