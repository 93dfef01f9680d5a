import { z } from 'zod';

/** Who is acting, as every write to the API names them: recorded with what they did. */
export const operator = z.string().trim().min(1, 'who is acting is required').max(200);
