/**
 * Feedback API shapes, all taken from the generated schema.d.ts (npm run gen:api).
 */
import type { components, paths } from '../../../api/schema';

type S = components['schemas'];

export type Feedback = S['Feedback'];
export type FeedbackAttachment = S['FeedbackAttachment'];
export type FeedbackChannel = S['FeedbackChannel'];
export type FeedbackKind = S['FeedbackKind'];
export type FeedbackPage = S['FeedbackPage'];
export type FeedbackPriority = S['FeedbackPriority'];
export type FeedbackReceipt = S['FeedbackReceipt'];
export type FeedbackRequest = S['FeedbackRequest'];
export type FeedbackStatus = S['FeedbackStatus'];
export type FeedbackTracking = S['FeedbackTracking'];
export type FeedbackQuery = NonNullable<paths['/api/v1/feedback']['get']['parameters']['query']>;
export type FeedbackSimilar = S['FeedbackSimilar'];
export type FeedbackBulkAction = S['FeedbackBulkAction'];
export type FeedbackBulkResult = S['FeedbackBulkResult'];
export type FeedbackSummary = S['FeedbackSummary'];
export type FeedbackSummaryItem = S['FeedbackSummaryItem'];
export type FeedbackReport = S['FeedbackReport'];
export type FeedbackReportRequest = S['FeedbackReportRequest'];
export type FeedbackImportPreview = S['FeedbackImportPreview'];
