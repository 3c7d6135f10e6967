/** Units as the options of a plain select, indented by their depth so the tree still reads (a native select works on every phone). */
export function UnitOptions({ units }: { units: readonly { code: string; name: string; depth: number }[] }) {
  return (
    <>
      {units.map((u) => (
        <option key={u.code} value={u.code}>
          {'\u00a0\u00a0'.repeat(u.depth)}
          {u.name}
        </option>
      ))}
    </>
  );
}
