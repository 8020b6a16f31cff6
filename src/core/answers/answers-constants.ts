// Constants of the answers format that code outside the zod schema needs. Kept apart from
// schema.ts so that using them does not load zod (start-up time is benchmarked).

export const NOT_APPLICABLE = 'n/a';

export const ROLES = ['leadership', 'sales manager', 'salesperson', 'other'] as const;
