import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { newKey } from '../draft';
import { itemError, type FieldErrorMap } from '../fieldErrors';
import { PARTICIPANT_LEVELS } from '../labels';
import { replaceItem } from '../reorder';
import { ListEditor } from './ListEditor';

/*
 * What a plan and its template (mẫu kế hoạch) hold alike — legal bases, purposes, agenda, composition — edited the same
 * way in both, with the server's field errors next to each item.
 */

type Keyed = { key: string; id?: number };
export type TextRow = Keyed & { text: string };
export type AgendaRow = Keyed & { title: string; responsible: string };
export type CompositionRow = Keyed & { level: string; description: string; targetCount: string };

const TEXT_LISTS = {
  legalBases: { legend: 'plans.editor.legalBases', item: 'plans.editor.legalBase', add: 'plans.editor.addLegalBase' },
  purposes: { legend: 'plans.editor.purposes', item: 'plans.editor.purpose', add: 'plans.editor.addPurpose' },
} as const;

/** A list of sentences: the legal bases (căn cứ) or the purposes (mục đích, yêu cầu). */
export function TextListEditor<R extends TextRow>({
  field,
  items,
  onChange,
  errors,
}: {
  field: keyof typeof TEXT_LISTS;
  items: R[];
  onChange: (items: R[]) => void;
  errors: FieldErrorMap;
}) {
  const { t } = useTranslation();
  const keys = TEXT_LISTS[field];
  return (
    <ListEditor
      legend={t(keys.legend)}
      items={items}
      onChange={onChange}
      itemLabel={(i) => t(keys.item, { n: i + 1 })}
      addLabel={t(keys.add)}
      onAdd={() => onChange([...items, { key: newKey(), text: '' } as R])}
      error={errors[field]}
      renderItem={(item, i) => (
        <Field label={t(keys.item, { n: i + 1 })} error={itemError(errors, `${field}[${i}]`)}>
          <textarea rows={2} value={item.text} onChange={(e) => onChange(replaceItem(items, i, { ...item, text: e.target.value }))} />
        </Field>
      )}
    />
  );
}

/** The session's programme (chương trình): each item and who presents it. */
export function AgendaEditor<R extends AgendaRow>({ items, onChange, errors }: { items: R[]; onChange: (items: R[]) => void; errors: FieldErrorMap }) {
  const { t } = useTranslation();
  return (
    <ListEditor
      legend={t('plans.editor.agenda')}
      items={items}
      onChange={onChange}
      itemLabel={(i) => t('plans.editor.agendaItem', { n: i + 1 })}
      addLabel={t('plans.editor.addAgenda')}
      onAdd={() => onChange([...items, { key: newKey(), title: '', responsible: '' } as R])}
      error={errors.agenda}
      renderItem={(item, i) => (
        <>
          <Field label={t('plans.editor.agendaItem', { n: i + 1 })} error={itemError(errors, `agenda[${i}].title`) ?? errors[`agenda[${i}]`]}>
            <textarea rows={2} value={item.title} onChange={(e) => onChange(replaceItem(items, i, { ...item, title: e.target.value }))} />
          </Field>
          <Field label={t('plans.editor.responsible', { n: i + 1 })} error={errors[`agenda[${i}].responsible`]}>
            <input value={item.responsible} onChange={(e) => onChange(replaceItem(items, i, { ...item, responsible: e.target.value }))} />
          </Field>
        </>
      )}
    />
  );
}

/** Who is invited (thành phần): by level, what they are, and how many. New rows start at {@code newLevel}. */
export function CompositionEditor<R extends CompositionRow>({
  items,
  onChange,
  errors,
  newLevel,
}: {
  items: R[];
  onChange: (items: R[]) => void;
  errors: FieldErrorMap;
  newLevel: (typeof PARTICIPANT_LEVELS)[number];
}) {
  const { t } = useTranslation();
  return (
    <ListEditor
      legend={t('plans.editor.composition')}
      items={items}
      onChange={onChange}
      itemLabel={(i) => t('plans.editor.compositionDescription', { n: i + 1 })}
      addLabel={t('plans.editor.addComposition')}
      onAdd={() => onChange([...items, { key: newKey(), level: newLevel, description: '', targetCount: '' } as R])}
      error={errors.composition}
      renderItem={(item, i) => {
        const upd = (patch: Partial<CompositionRow>) => onChange(replaceItem(items, i, { ...item, ...patch }));
        return (
          <>
            <Field label={t('plans.editor.compositionLevel', { n: i + 1 })} error={errors[`composition[${i}].level`]}>
              <select value={item.level} onChange={(e) => upd({ level: e.target.value })}>
                {PARTICIPANT_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {t(`plans.participantLevel.${l}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              label={t('plans.editor.compositionDescription', { n: i + 1 })}
              error={errors[`composition[${i}].description`] ?? errors[`composition[${i}]`]}
            >
              <textarea rows={2} value={item.description} onChange={(e) => upd({ description: e.target.value })} />
            </Field>
            <Field label={t('plans.editor.compositionCount', { n: i + 1 })} error={errors[`composition[${i}].targetCount`]}>
              <input type="number" min={0} inputMode="numeric" value={item.targetCount} onChange={(e) => upd({ targetCount: e.target.value })} />
            </Field>
          </>
        );
      }}
    />
  );
}
