import { lazy, type JSX } from 'react';
import type { RouteObject } from 'react-router';
import { Layout } from './Layout';
import { RequireAuth } from '../features/auth/components/RequireAuth';

// Route-level code splitting: each page is its own chunk, loaded on first visit.
const HomePage = lazy(() => import('../features/home/routes/HomePage'));
const CallbackPage = lazy(() => import('../features/auth/routes/CallbackPage'));
const OrgUnitsPage = lazy(() => import('../features/orgunits/routes/OrgUnitsPage'));
const OrgUnitPage = lazy(() => import('../features/orgunits/routes/OrgUnitPage'));
const PlanTemplatesPage = lazy(() => import('../features/plantemplates/routes/PlanTemplatesPage'));
const PlanTemplatePage = lazy(() => import('../features/plantemplates/routes/PlanTemplatePage'));
const MePage = lazy(() => import('../features/account/routes/MePage'));
const PrivacyRequestsPage = lazy(() => import('../features/privacy/routes/PrivacyRequestsPage'));
const ExpiringDataPage = lazy(() => import('../features/privacy/routes/ExpiringDataPage'));
const MyDataPage = lazy(() => import('../features/privacy/routes/MyDataPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));
const TodoPage = lazy(() => import('../features/todo/routes/TodoPage'));
const PlanListPage = lazy(() => import('../features/plans/routes/PlanListPage'));
const loadPublicPlanList = () => import('../features/plans/routes/PublicPlanListPage');
const PublicPlanListPage = lazy(loadPublicPlanList);
const PreparationTaskListPage = lazy(() => import('../features/plans/routes/PreparationTaskListPage'));
const PlanDetailPage = lazy(() => import('../features/plans/routes/PlanDetailPage'));
const loadPublicPlanDetail = () => import('../features/plans/routes/PublicPlanDetailPage');
const PublicPlanDetailPage = lazy(loadPublicPlanDetail);
const NewPlanPage = lazy(() => import('../features/plans/routes/NewPlanPage'));
const EditPlanPage = lazy(() => import('../features/plans/routes/EditPlanPage'));
const StaffPage = lazy(() => import('../features/staff/routes/StaffPage'));
const PartnersPage = lazy(() => import('../features/partners/routes/PartnersPage'));
const WebhooksPage = lazy(() => import('../features/webhooks/routes/WebhooksPage'));
const ReadLogPage = lazy(() => import('../features/privacy/readlog/ReadLogPage'));
const CalendarPage = lazy(() => import('../features/calendar/routes/CalendarPage'));
const ParticipantsPage = lazy(() => import('../features/participants/routes/ParticipantsPage'));
// The QR decoder (jsqr) is imported by the check-in page's chunk only, on first scan.
const CheckInPage = lazy(() => import('../features/participants/routes/CheckInPage'));
const loadRegistration = () => import('../features/participants/routes/RegistrationPage');
const RegistrationPage = lazy(loadRegistration);
const loadConfirmation = () => import('../features/participants/routes/ConfirmationPage');
const ConfirmationPage = lazy(loadConfirmation);
const ConfirmContactPage = lazy(() => import('../features/privacy/contact/ConfirmContactPage'));

const loadSubmitFeedback = () => import('../features/feedback/routes/SubmitFeedbackPage');
const SubmitFeedbackPage = lazy(loadSubmitFeedback);
const loadTrack = () => import('../features/feedback/routes/TrackPage');
const TrackPage = lazy(loadTrack);
const FeedbackListPage = lazy(() => import('../features/feedback/routes/FeedbackListPage'));
const FeedbackDetailPage = lazy(() => import('../features/feedback/routes/FeedbackDetailPage'));
const FeedbackSummaryPage = lazy(() => import('../features/feedback/routes/FeedbackSummaryPage'));
const FeedbackReportPage = lazy(() => import('../features/feedback/routes/FeedbackReportPage'));
const WardIntakePage = lazy(() => import('../features/feedback/routes/WardIntakePage'));
const SessionPage = lazy(() => import('../features/session/routes/SessionPage'));
const MinutesPage = lazy(() => import('../features/minutes/routes/MinutesPage'));
const MinutesReadOutPage = lazy(() => import('../features/minutes/routes/MinutesReadOutPage'));
const RulingListPage = lazy(() => import('../features/rulings/routes/RulingListPage'));
const RulingFormPage = lazy(() => import('../features/rulings/routes/RulingFormPage'));
const RulingDetailPage = lazy(() => import('../features/rulings/routes/RulingDetailPage'));
const loadAccountabilityList = () => import('../features/accountability/routes/AccountabilityListPage');
const AccountabilityListPage = lazy(loadAccountabilityList);
const loadAccountabilityPlan = () => import('../features/accountability/routes/AccountabilityPlanPage');
const AccountabilityPlanPage = lazy(loadAccountabilityPlan);
const NoticePage = lazy(() => import('../features/notice/routes/NoticePage'));
const FollowUpListPage = lazy(() => import('../features/followup/routes/FollowUpListPage'));
const FollowUpDetailPage = lazy(() => import('../features/followup/routes/FollowUpDetailPage'));
// The leaders' dashboard: its charts and figures load with this route only.
const DashboardPage = lazy(() => import('../features/dashboard/routes/DashboardPage'));
const ReportsPage = lazy(() => import('../features/reporting/routes/ReportsPage'));

const authed = (element: JSX.Element) => <RequireAuth>{element}</RequireAuth>;

/**
 * Citizens mostly arrive on a shared link to a published plan, on a phone: fetch that page's code while the
 * app boots instead of after it, which takes a round trip off the first paint of the plan.
 */
export function preloadEntryRoute(pathname: string) {
  if (/^\/ke-hoach\/[^/]+\/?$/.test(pathname)) void loadPublicPlanDetail();
  else if (/^\/ke-hoach\/[^/]+\/dang-ky\/?$/.test(pathname)) void loadRegistration();
  else if (/^\/xac-nhan\/[^/]+\/?$/.test(pathname)) void loadConfirmation();
  else if (/^\/ke-hoach\/[^/]+\/gop-y\/?$/.test(pathname)) void loadSubmitFeedback();
  else if (/^\/tra-cuu(\/[^/]+)?\/?$/.test(pathname)) void loadTrack();
  else if (/^\/ke-hoach\/?$/.test(pathname)) void loadPublicPlanList();
  else if (/^\/giai-trinh\/?$/.test(pathname)) void loadAccountabilityList();
  else if (/^\/giai-trinh\/[^/]+\/?$/.test(pathname)) void loadAccountabilityPlan();
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'auth/callback', element: <CallbackPage /> },
      {
        path: 'org-units',
        element: (
          <RequireAuth>
            <OrgUnitsPage />
          </RequireAuth>
        ),
      },
      { path: 'org-units/:code', element: authed(<OrgUnitPage />) },
      { path: 'plan-templates', element: authed(<PlanTemplatesPage />) },
      { path: 'plan-templates/new', element: authed(<PlanTemplatePage />) },
      { path: 'plan-templates/:code', element: authed(<PlanTemplatePage />) },
      {
        path: 'me',
        element: (
          <RequireAuth>
            <MePage />
          </RequireAuth>
        ),
      },
      // Public: published plans, readable by anyone.
      { path: 'ke-hoach', element: <PublicPlanListPage /> },
      { path: 'ke-hoach/:id', element: <PublicPlanDetailPage /> },
      { path: 'ke-hoach/:id/dang-ky', element: <RegistrationPage /> },
      { path: 'xac-nhan/:token', element: <ConfirmationPage /> },
      // The link mailed with a contact's confirmation code.
      { path: 'xac-nhan-lien-he/:id', element: <ConfirmContactPage /> },
      { path: 'ke-hoach/:id/gop-y', element: <SubmitFeedbackPage /> },
      { path: 'tra-cuu', element: <TrackPage /> },
      { path: 'tra-cuu/:code', element: <TrackPage /> },
      // Staff (the server decides who may read or write what).
      { path: 'todo', element: authed(<TodoPage />) },
      { path: 'plans', element: authed(<PlanListPage />) },
      { path: 'plans/new', element: authed(<NewPlanPage />) },
      // Preparation tasks across plans, filtered by the URL (the to-do links here).
      { path: 'preparation-tasks', element: authed(<PreparationTaskListPage />) },
      { path: 'plans/:id', element: authed(<PlanDetailPage />) },
      { path: 'plans/:id/edit', element: authed(<EditPlanPage />) },
      { path: 'plans/:id/participants', element: authed(<ParticipantsPage />) },
      { path: 'plans/:id/check-in', element: authed(<CheckInPage />) },
      { path: 'plans/:id/feedback', element: authed(<FeedbackListPage />) },
      { path: 'plans/:id/feedback/summary', element: authed(<FeedbackSummaryPage />) },
      { path: 'plans/:id/feedback/report', element: authed(<FeedbackReportPage />) },
      // The ward officer's entry of what the ward collected (the to-do links here).
      { path: 'plans/:id/feedback/ward', element: authed(<WardIntakePage />) },
      { path: 'plans/:id/session', element: authed(<SessionPage />) },
      { path: 'plans/:id/minutes', element: authed(<MinutesPage />) },
      { path: 'plans/:id/minutes/:minutesId/doc', element: authed(<MinutesReadOutPage />) },
      { path: 'plans/:id/rulings', element: authed(<RulingListPage />) },
      { path: 'plans/:id/rulings/new', element: authed(<RulingFormPage />) },
      { path: 'plans/:id/rulings/:rulingId', element: authed(<RulingDetailPage />) },
      { path: 'plans/:id/rulings/:rulingId/edit', element: authed(<RulingFormPage />) },
      // Public: what came of the dialogues (giải trình).
      { path: 'giai-trinh', element: <AccountabilityListPage /> },
      { path: 'giai-trinh/:planId', element: <AccountabilityPlanPage /> },
      { path: 'plans/:id/notice', element: authed(<NoticePage />) },
      // Across plans: unit staff and ward officers see their scope, citizens their own items.
      { path: 'feedback', element: authed(<FeedbackListPage />) },
      { path: 'feedback/:id', element: authed(<FeedbackDetailPage />) },
      // Follow-up of rulings: a unit's rulings across plans, the office's overview; one ruling's reports.
      { path: 'follow-up', element: authed(<FollowUpListPage />) },
      { path: 'plans/:id/rulings/:rulingId/follow-up', element: authed(<FollowUpDetailPage />) },
      { path: 'tong-quan', element: authed(<DashboardPage />) },
      // Reports upward (báo cáo kết quả đối thoại): the office and the chair, for their body or those they oversee.
      { path: 'reports', element: authed(<ReportsPage />) },
      { path: 'calendar', element: authed(<CalendarPage />) },
      // Cán bộ: a body's people, for its administrators (the server decides whose).
      { path: 'staff', element: authed(<StaffPage />) },
      { path: 'partners', element: authed(<PartnersPage />) },
      // Partners' webhooks of a body, for its administrators (the server decides whose).
      { path: 'webhooks', element: authed(<WebhooksPage />) },
      // Who read citizens' personal data: a body's office and the administrator (the server decides whose).
      { path: 'read-log', element: authed(<ReadLogPage />) },
      { path: 'privacy', element: authed(<PrivacyRequestsPage />) },
      { path: 'privacy/expiring', element: authed(<ExpiringDataPage />) },
      { path: 'me/personal-data', element: authed(<MyDataPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
