import { z } from 'zod';

export const loginSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
  callbackUrl: z.string().max(2000).optional(),
});

export type LoginInput = z.infer<typeof loginSchema>;
