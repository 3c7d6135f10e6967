import type { OrgUnitKind } from '../../api/types';

/** Every kind, in the order offered in forms; `satisfies` fails the build if the contract adds one. */
const ALL = {
  PROVINCE: 0,
  TOWN: 1,
  PARTY_COMMITTEE: 2,
  PARTY_BOARD: 3,
  PARTY_OFFICE: 4,
  PEOPLES_COMMITTEE: 5,
  DEPARTMENT: 6,
  FATHERLAND_FRONT: 7,
  MASS_ORGANISATION: 8,
  POLICE: 9,
  WARD: 10,
  COMMUNE: 11,
  VILLAGE: 12,
  RESIDENTIAL_GROUP: 13,
} satisfies Record<OrgUnitKind, number>;

export const ORG_UNIT_KINDS = Object.keys(ALL) as OrgUnitKind[];
