// A way from Home to a page of its own (the 汇总 page, the verify page): a heading, the button, what it is for.
export function PageEntry(props: { id: string; title: string; button: string; hint: string; onOpen(): void }) {
  const { id, title, button, hint, onOpen } = props;
  return (
    <div className="field import-action">
      <h3>{title}</h3>
      <button type="button" id={id} onClick={onOpen} aria-describedby={`${id}-hint`}>
        {button}
      </button>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}
