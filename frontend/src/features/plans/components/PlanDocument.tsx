import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicPlan } from '../../../api/types';
import { Fact } from '../../../ui/Fact';
import { describeRule } from '../deadline';
import { formatDate, formatDateTime, formatMonth } from '../format';
import { planReference } from '../labels';

type Rule = { offset: number; unit: string; direction: string } | null;

/** Invitation deadlines of a plan: delegates and organisations, and citizens (null rule = same as delegates). */
interface InvitationDeadlinesOf {
  invitationRule?: Rule;
  citizenInvitationRule?: Rule;
  invitationDeadline?: string | null;
  citizenInvitationDeadline?: string | null;
}

/** "Giấy mời đại biểu: trước ngày đối thoại ít nhất 3 ngày làm việc — hạn 22/11/2022", and the citizens' line. */
function InvitationDeadlines({ plan }: { plan: InvitationDeadlinesOf }) {
  const { t } = useTranslation();
  if (plan.invitationRule === undefined && plan.citizenInvitationRule === undefined) return null;
  const line = (rule: Rule | undefined, date: string | null | undefined) => (
    <>
      {describeRule(t, rule ?? null)}
      {date ? (
        <>
          {' — '}
          <time dateTime={date}>{t('plans.doc.due', { date: formatDate(date) })}</time>
        </>
      ) : null}
    </>
  );
  return (
    <>
      <h3>{t('plans.doc.invitations')}</h3>
      <dl className="facts facts--stacked">
        <div className="facts__row">
          <Fact label={t('plans.doc.invitationDelegates')}>{line(plan.invitationRule, plan.invitationDeadline)}</Fact>
        </div>
        <div className="facts__row">
          <Fact label={t('plans.doc.invitationCitizens')}>
            {plan.citizenInvitationRule
              ? line(plan.citizenInvitationRule, plan.citizenInvitationDeadline)
              : line(plan.invitationRule, plan.citizenInvitationDeadline ?? plan.invitationDeadline)}
          </Fact>
        </div>
      </dl>
    </>
  );
}

/** The fields the document shows; staff Plans and PublicPlans both have them. */
export type DocumentPlan = Omit<PublicPlan, 'tasks'> & { tasks: PublicPlan['tasks'] };

/**
 * A plan laid out like the paper document (header, căn cứ, sections I–IV), readable on a
 * 360 px phone. `tasksSection` replaces the plain list of section IV (staff see the timeline there);
 * `beforeContent` goes between the title and the body (status and actions).
 */
export function PlanDocument({
  plan,
  beforeContent,
  tasksSection,
  headingId,
}: {
  plan: DocumentPlan;
  beforeContent?: ReactNode;
  tasksSection?: ReactNode;
  headingId?: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'vi';
  const ref = planReference(plan.number, plan.symbol);
  const issuer = plan.issuingBodyName || plan.issuingUnit?.name;
  const none = <p className="muted">{t('plans.doc.none')}</p>;

  return (
    <article className="plan-doc" aria-labelledby={headingId}>
      <header className="plan-doc__header">
        <div className="plan-doc__issuer">
          {issuer ? <p className="plan-doc__issuer-name">{issuer}</p> : null}
          <p>{ref ? t('plans.doc.number', { value: ref }) : t('plans.noNumber')}</p>
        </div>
        {plan.issueDate ? <p className="plan-doc__date">{t('plans.doc.issued', { date: formatDate(plan.issueDate) })}</p> : null}
      </header>
      <p className="plan-doc__kicker">{t('plans.doc.kicker')}</p>
      <h1 id={headingId} className="plan-doc__title">
        {plan.title || t('plans.untitled')}
      </h1>
      {beforeContent}

      {plan.legalBases.length > 0 ? (
        <section className="plan-doc__section" aria-labelledby="doc-legal">
          <h2 id="doc-legal">{t('plans.doc.legalBases')}</h2>
          <ul className="plan-doc__list">
            {plan.legalBases.map((b, i) => (
              <li key={i}>{b}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <dl className="facts plan-doc__facts">
        <Fact label={t('plans.doc.chair')}>{[plan.chairTitle, plan.chairName].filter(Boolean).join(' ')}</Fact>
        <Fact label={t('plans.filterLevel')}>{t(`plans.level.${plan.level}`)}</Fact>
      </dl>

      <section className="plan-doc__section" aria-labelledby="doc-purposes">
        <h2 id="doc-purposes">{t('plans.doc.purposes')}</h2>
        {plan.purposes.length > 0 ? (
          <ol className="plan-doc__list">
            {plan.purposes.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ol>
        ) : (
          none
        )}
      </section>

      <section className="plan-doc__section" aria-labelledby="doc-s2">
        <h2 id="doc-s2">{t('plans.doc.section2')}</h2>
        <h3>{t('plans.doc.topic')}</h3>
        {plan.topic ? <p>{plan.topic}</p> : none}
        <h3>{t('plans.doc.focusAreas')}</h3>
        {plan.focusAreas.length > 0 ? (
          <>
            <p>{t('plans.doc.focusAreasLead', { count: plan.focusAreas.length })}</p>
            <ol className="plan-doc__list plan-doc__focus">
              {plan.focusAreas.map((f) => (
                <li key={f.id}>{f.title}</li>
              ))}
            </ol>
          </>
        ) : (
          none
        )}
        <h3>{t('plans.doc.timePlace')}</h3>
        <dl className="facts">
          <Fact label={t('plans.doc.time')}>
            {plan.sessionAt ? (
              <time dateTime={plan.sessionAt} className="plan-doc__session">
                {formatDateTime(plan.sessionAt, lang)}
              </time>
            ) : plan.plannedMonth ? (
              t('plans.sessionPlanned', { month: formatMonth(plan.plannedMonth) })
            ) : (
              t('plans.doc.notSet')
            )}
            {plan.scheduleNote ? <span className="plan-doc__note"> ({plan.scheduleNote})</span> : null}
          </Fact>
          <Fact label={t('plans.doc.venue')}>{plan.venue || t('plans.doc.notSet')}</Fact>
        </dl>
        <h3>{t('plans.doc.format')}</h3>
        <p>
          {plan.format ? t(`plans.format.${plan.format}`) : t('plans.doc.notSet')}
          {plan.formatNote ? `: ${plan.formatNote}` : null}
        </p>
      </section>

      <section className="plan-doc__section" aria-labelledby="doc-s3">
        <h2 id="doc-s3">{t('plans.doc.section3')}</h2>
        <h3>{t('plans.doc.agenda')}</h3>
        {plan.agenda.length > 0 ? (
          <ol className="plan-doc__list">
            {plan.agenda.map((a) => (
              <li key={a.id}>
                {a.title}
                {a.responsible ? <span className="muted"> ({a.responsible})</span> : null}
              </li>
            ))}
          </ol>
        ) : (
          none
        )}
        {plan.agendaNote ? <p className="plan-doc__note">{plan.agendaNote}</p> : null}
        <h3>{t('plans.doc.composition')}</h3>
        {plan.composition.length > 0 ? (
          <dl className="facts facts--stacked">
            {plan.composition.map((c) => (
              <div key={c.id} className="facts__row">
                <Fact label={t(`plans.participantLevel.${c.level}`)}>
                  {c.description}
                  {c.targetCount ? <span className="muted"> — {t('plans.doc.targetCount', { count: c.targetCount })}</span> : null}
                </Fact>
              </div>
            ))}
          </dl>
        ) : (
          none
        )}
        <InvitationDeadlines plan={plan} />
      </section>

      <section className="plan-doc__section" aria-labelledby="doc-s4">
        <h2 id="doc-s4">{t('plans.doc.section4')}</h2>
        {tasksSection ??
          (plan.tasks.length > 0 ? (
            <ol className="plan-doc__tasks">
              {plan.tasks.map((task) => (
                <li key={task.id} className="plan-doc__task">
                  <p className="plan-doc__task-owner">{task.owner?.name ?? (task.ownerKind ? t(`kind.${task.ownerKind}`) : t('plans.tasks.noOwner'))}</p>
                  <p>{task.description}</p>
                  <p className="plan-doc__task-deadline">
                    <span className="visually-hidden">{t('plans.doc.deadline')}: </span>
                    {describeRule(t, task.rule)}
                    {task.dueDate ? (
                      <>
                        {' — '}
                        <time dateTime={task.dueDate}>{t('plans.doc.due', { date: formatDate(task.dueDate) })}</time>
                      </>
                    ) : null}
                  </p>
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">{t('plans.tasks.empty')}</p>
          ))}
      </section>
    </article>
  );
}
