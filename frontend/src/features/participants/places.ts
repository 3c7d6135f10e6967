/** Wards/communes and their villages/residential groups, from the staff org unit tree. */
export interface PlaceNode {
  code: string;
  name: string;
  kind: string;
  children?: PlaceNode[];
}

/** A ward or commune with its villages: what /api/v1/public/localities answers, or what wardsOf finds in the tree. */
export interface Ward {
  code: string;
  name: string;
  villages: { code: string; name: string }[];
}

const WARD_KINDS = ['WARD', 'COMMUNE'];
const VILLAGE_KINDS = ['RESIDENTIAL_GROUP', 'VILLAGE'];

/** Every ward or commune anywhere in the tree, in tree order, each with its villages and residential groups. */
export function wardsOf(nodes: readonly PlaceNode[]): Ward[] {
  const out: Ward[] = [];
  const walk = (list: readonly PlaceNode[]) => {
    for (const n of list) {
      if (WARD_KINDS.includes(n.kind)) {
        out.push({
          code: n.code,
          name: n.name,
          villages: (n.children ?? []).filter((c) => VILLAGE_KINDS.includes(c.kind)).map((c) => ({ code: c.code, name: c.name })),
        });
      } else if (n.children) walk(n.children);
    }
  };
  walk(nodes);
  return out;
}
