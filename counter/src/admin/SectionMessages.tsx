/**
 * The two messages of a list section (users, devices): what the last change did, announced
 * politely, and why a change from the list (delete, new token) was refused, as an alert.
 */
export function SectionMessages({
  notice,
  refusal,
}: {
  notice?: string | undefined;
  refusal?: string | undefined;
}) {
  return (
    <>
      <div role="status" class="admin-notice">
        {notice && (
          <p class="admin-saved">
            <span aria-hidden="true">✔ </span>
            {notice}
          </p>
        )}
      </div>
      {refusal && (
        <p class="error-text" role="alert">
          {refusal}
        </p>
      )}
    </>
  );
}
