import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnitNode } from '../../../api/types';
import { useApi } from '../../../lib/api/ApiContext';
import { mapFieldErrors, type FieldErrorMap } from '../../../lib/api/fieldErrors';
import { ApiError } from '../../../lib/api/problem';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { flatten } from '../../orgunits/tree';
import { addParticipant, findPeople } from '../api/participants';
import type { GroupCount, Participant, ParticipantKind, ParticipantLevel, ParticipantRequest, Person } from '../api/types';
import { isVietnameseMobile, PARTICIPANT_KINDS, PARTICIPANT_LEVELS } from '../labels';
import { wardsOf } from '../places';
import { UnitOptions } from '../../orgunits/components/UnitOptions';
import { ConsentNotice, useConsent } from '../../privacy/ConsentNotice';
import { PERSON_PURPOSES } from '../../privacy/consent';

const ROOTS = ['person', 'personId', 'kind', 'level', 'groupId', 'matter', 'consent'];

interface NewPerson {
  fullName: string;
  title: string;
  organisationCode: string;
  wardCode: string;
  villageCode: string;
  email: string;
  address: string;
}

const EMPTY_PERSON: NewPerson = { fullName: '', title: '', organisationCode: '', wardCode: '', villageCode: '', email: '', address: '' };
const orNull = (v: string) => (v.trim() ? v.trim() : null);

type Lookup = { state: 'idle' } | { state: 'searching' } | { state: 'done'; phone: string; people: Person[] } | { state: 'error'; error: unknown };

/**
 * Adds someone to the plan. Find-or-create by phone: the number is looked up first; a person already known
 * is reused ("Người này đã có: … — dùng"), otherwise the form takes a new person.
 */
export function AddParticipantForm({
  planId,
  units,
  groups,
  defaultKind = 'DELEGATE',
  onAdded,
}: {
  planId: number;
  units: OrgUnitNode[];
  groups: GroupCount[];
  defaultKind?: ParticipantKind;
  onAdded: (p: Participant) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [phone, setPhone] = useState('');
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });
  const [chosen, setChosen] = useState<Person | null>(null);
  const [person, setPerson] = useState<NewPerson>(EMPTY_PERSON);
  const [kind, setKind] = useState<ParticipantKind>(defaultKind);
  const [level, setLevel] = useState<ParticipantLevel>(defaultKind === 'CITIZEN' ? 'WARD' : 'TOWN');
  const [groupId, setGroupId] = useState('');
  const [matter, setMatter] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // The office or the ward officer enters the person: they say how the person consented.
  const consent = useConsent(true);

  const wards = useMemo(() => wardsOf(units), [units]);
  const allUnits = useMemo(() => flatten(units), [units]);
  const villages = wards.find((w) => w.code === person.wardCode)?.villages ?? [];
  const realGroups = groups.filter((g) => g.groupId != null);

  const setP = <K extends keyof NewPerson>(k: K, v: NewPerson[K]) => setPerson((p) => ({ ...p, [k]: v }));

  const search = async () => {
    const value = phone.trim();
    if (!value) {
      setErrors({ phone: t('participants.add.phoneRequired') });
      return;
    }
    setErrors({});
    setChosen(null);
    setLookup({ state: 'searching' });
    try {
      const people = await findPeople(api, { phone: value });
      setLookup({ state: 'done', phone: value, people });
    } catch (e) {
      setLookup({ state: 'error', error: e });
    }
  };

  const reset = () => {
    setPhone('');
    setLookup({ state: 'idle' });
    setChosen(null);
    setPerson(EMPTY_PERSON);
    setMatter('');
    setErrors({});
    consent.reset();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    setError(null);
    const local: FieldErrorMap = {};
    if (!chosen && !person.fullName.trim()) local['person.fullName'] = t('participants.add.required');
    if (!chosen && phone.trim() && !isVietnameseMobile(phone) && !/^\+?\d[\d\s.]{5,}$/.test(phone.trim())) local.phone = t('registration.phoneInvalid');
    if (!chosen) Object.assign(local, consent.check(t));
    if (Object.keys(local).length > 0) {
      setErrors(local);
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const body: ParticipantRequest = {
      ...(chosen
        ? { personId: chosen.id }
        : {
            person: {
              fullName: person.fullName.trim(),
              title: orNull(person.title),
              organisationCode: orNull(person.organisationCode),
              wardCode: orNull(person.wardCode),
              villageCode: orNull(person.villageCode),
              phone: orNull(phone),
              email: orNull(person.email),
              address: orNull(person.address),
            },
            consent: consent.input(),
          }),
      kind,
      level,
      groupId: groupId ? Number(groupId) : null,
      matter: orNull(matter),
    };
    setBusy(true);
    try {
      const added = await addParticipant(api, planId, body);
      setNotice(t('participants.add.added', { name: added.displayName }));
      reset();
      onAdded(added);
    } catch (err) {
      const fields = err instanceof ApiError ? mapFieldErrors(err.fieldErrors, ROOTS) : {};
      if (fields['person.phone']) fields.phone = fields['person.phone'];
      setErrors(fields);
      setError(err);
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    } finally {
      setBusy(false);
    }
  };

  const lookupResult = (() => {
    if (lookup.state === 'searching') return <p role="status">{t('participants.add.finding')}</p>;
    if (lookup.state === 'error') return <ErrorState error={lookup.error} headingLevel={3} onRetry={() => void search()} />;
    if (lookup.state !== 'done') return null;
    if (lookup.people.length === 0) return <p role="status">{t('participants.add.notFound')}</p>;
    return (
      <div role="status">
        <ul className="found-people">
          {lookup.people.map((p) => (
            <li key={p.id} className="found-people__item">
              <span>
                {t('participants.add.found', { name: [p.fullName, p.title, p.ward?.name].filter(Boolean).join(', ') })}
              </span>
              <Button variant={chosen?.id === p.id ? 'primary' : 'secondary'} aria-pressed={chosen?.id === p.id} onClick={() => setChosen(p)}>
                {t('participants.add.use')}{' '}
                <span className="visually-hidden">{p.fullName}</span>
              </Button>
            </li>
          ))}
        </ul>
      </div>
    );
  })();

  return (
    <form ref={formRef} className="form add-participant" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="add-heading">
      <h2 id="add-heading">{t('participants.add.title')}</h2>
      {notice ? (
        <Alert tone="success" live="polite">
          <p>{notice}</p>
        </Alert>
      ) : null}
      {error ? <ErrorState error={error} headingLevel={3} /> : null}
      <div className="phone-lookup">
        <Field label={t('participants.add.phone')} hint={t('participants.add.phoneHint')} error={errors.phone}>
          <input
            type="tel"
            inputMode="tel"
            autoComplete="off"
            value={phone}
            onChange={(e) => {
              setPhone(e.target.value);
              if (lookup.state !== 'idle') setLookup({ state: 'idle' });
              setChosen(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void search();
              }
            }}
          />
        </Field>
        <Button variant="secondary" onClick={() => void search()} disabled={lookup.state === 'searching'}>
          {t('participants.add.find')}
        </Button>
      </div>
      {lookupResult}

      {chosen ? (
        <p className="chosen-person">
          {t('participants.add.chosen', { name: chosen.fullName })}{' '}
          <button type="button" className="link-button" onClick={() => setChosen(null)}>
            {t('participants.add.change')}
          </button>
        </p>
      ) : (
        <fieldset className="rule-editor">
          <legend>{t('participants.add.newPerson')}</legend>
          <div className="form__grid">
            <Field label={t('participants.add.fullName')} error={errors['person.fullName']} required>
              <input autoComplete="off" value={person.fullName} onChange={(e) => setP('fullName', e.target.value)} />
            </Field>
            <Field label={t('participants.add.personTitle')} error={errors['person.title']}>
              <input autoComplete="off" value={person.title} onChange={(e) => setP('title', e.target.value)} />
            </Field>
            <Field label={t('participants.add.ward')} error={errors['person.wardCode']}>
              <select value={person.wardCode} onChange={(e) => setPerson((p) => ({ ...p, wardCode: e.target.value, villageCode: '' }))}>
                <option value="">{t('participants.add.noChoice')}</option>
                {wards.map((w) => (
                  <option key={w.code} value={w.code}>
                    {w.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('participants.add.village')} error={errors['person.villageCode']}>
              <select value={person.villageCode} onChange={(e) => setP('villageCode', e.target.value)} disabled={villages.length === 0}>
                <option value="">{t('participants.add.noChoice')}</option>
                {villages.map((v) => (
                  <option key={v.code} value={v.code}>
                    {v.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('participants.add.organisation')} error={errors['person.organisationCode']}>
              <select value={person.organisationCode} onChange={(e) => setP('organisationCode', e.target.value)}>
                <option value="">{t('participants.add.noChoice')}</option>
                <UnitOptions units={allUnits} />
              </select>
            </Field>
            <Field label={t('participants.add.email')} error={errors['person.email']}>
              <input type="email" autoComplete="off" value={person.email} onChange={(e) => setP('email', e.target.value)} />
            </Field>
          </div>
          <Field label={t('participants.add.address')} error={errors['person.address']}>
            <input autoComplete="off" value={person.address} onChange={(e) => setP('address', e.target.value)} />
          </Field>
          <ConsentNotice consent={consent} offered={PERSON_PURPOSES} errors={errors} />
        </fieldset>
      )}

      <div className="form__grid">
        <Field label={t('participants.add.kind')} error={errors.kind} required>
          <select value={kind} onChange={(e) => setKind(e.target.value as ParticipantKind)}>
            {PARTICIPANT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`participants.kind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('participants.add.level')} error={errors.level} required>
          <select value={level} onChange={(e) => setLevel(e.target.value as ParticipantLevel)}>
            {PARTICIPANT_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`participants.level.${l}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('participants.add.group')} error={errors.groupId}>
          <select value={groupId} onChange={(e) => setGroupId(e.target.value)}>
            <option value="">{t('participants.add.noGroup')}</option>
            {realGroups.map((g) => (
              <option key={g.groupId} value={g.groupId!}>
                {g.description}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label={t('participants.add.matter')} error={errors.matter}>
        <textarea rows={2} value={matter} onChange={(e) => setMatter(e.target.value)} />
      </Field>
      <div className="actions">
        <Button type="submit" disabled={busy}>
          {busy ? t('participants.add.submitting') : t('participants.add.submit')}
        </Button>
      </div>
    </form>
  );
}
