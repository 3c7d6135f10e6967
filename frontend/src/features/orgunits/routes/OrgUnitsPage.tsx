import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useApi } from '../../../lib/api/ApiContext';
import { useAsync } from '../../../lib/useAsync';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { Field } from '../../../ui/Field';
import { Loading } from '../../../ui/Loading';
import { useAuth } from '../../auth/AuthProvider';
import { getOrgUnitTree } from '../api/orgUnits';
import { AddOrgUnitForm } from '../components/AddOrgUnitForm';
import { OrgUnitTree } from '../components/OrgUnitTree';
import { allCodesWithChildren, filterTree, topLevels } from '../tree';

export default function OrgUnitsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const auth = useAuth();
  const location = useLocation();
  const deleted = (location.state as { deleted?: string } | null)?.deleted;
  const tree = useAsync((signal) => getOrgUnitTree(api, signal), [api]);
  const [query, setQuery] = useState('');
  useDocumentTitle(t('orgUnits.title'));

  const nodes = useMemo(() => (tree.status === 'success' ? tree.data : []), [tree.status, tree.data]);
  const filtered = useMemo(() => (query.trim() ? filterTree(nodes, query) : null), [nodes, query]);

  // Default: the first two levels open; while filtering: every path to a match open.
  // The user's own toggles apply on top of the default they were made on.
  const defaultExpanded = useMemo(() => (filtered ? filtered.expand : topLevels(nodes, 2)), [nodes, filtered]);
  const [override, setOverride] = useState<{ base: Set<string>; value: Set<string> } | null>(null);
  const expanded = override && override.base === defaultExpanded ? override.value : defaultExpanded;
  const setExpanded = (value: Set<string>) => setOverride({ base: defaultExpanded, value });

  const toggle = (code: string) => {
    const next = new Set(expanded);
    if (next.has(code)) next.delete(code);
    else next.add(code);
    setExpanded(next);
  };

  const shown = filtered ? filtered.nodes : nodes;
  const isAdmin = auth.roles.includes('admin');

  return (
    <section className="page">
      <h1>{t('orgUnits.title')}</h1>
      <p className="muted">{t('orgUnits.intro')}</p>
      {deleted ? (
        <Alert tone="success" live="polite">
          <p>{t('orgUnits.deleted', { name: deleted })}</p>
        </Alert>
      ) : null}
      {tree.status === 'loading' ? <Loading /> : null}
      {tree.status === 'error' ? (
        <ErrorState error={tree.error} onRetry={tree.reload} onLogin={() => void auth.login()} />
      ) : null}
      {tree.status === 'success' ? (
        <>
          <div className="toolbar">
            <Field label={t('orgUnits.filterLabel')} hint={t('orgUnits.filterHint')}>
              <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
            </Field>
            <div className="actions">
              <Button variant="secondary" onClick={() => setExpanded(allCodesWithChildren(shown))}>
                {t('orgUnits.expandAll')}
              </Button>
              <Button variant="secondary" onClick={() => setExpanded(new Set())}>
                {t('orgUnits.collapseAll')}
              </Button>
            </div>
          </div>
          <p className="muted" role="status">
            {filtered
              ? filtered.matches > 0
                ? t('orgUnits.matchCount', { count: filtered.matches })
                : t('orgUnits.noMatch', { q: query.trim() })
              : ''}
          </p>
          <h2 id="org-unit-tree-heading" className="visually-hidden">
            {t('orgUnits.treeLabel')}
          </h2>
          {nodes.length === 0 ? <p>{t('orgUnits.empty')}</p> : null}
          {shown.length > 0 ? (
            <OrgUnitTree nodes={shown} expanded={expanded} onToggle={toggle} labelledBy="org-unit-tree-heading" />
          ) : null}
          {isAdmin ? (
            <section className="panel" aria-labelledby="add-org-unit-heading">
              <h2 id="add-org-unit-heading">{t('orgUnits.addTitle')}</h2>
              <AddOrgUnitForm tree={nodes} onCreated={tree.reload} choosesOwner={!auth.body} />
            </section>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
