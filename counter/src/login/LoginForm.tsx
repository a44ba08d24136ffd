/**
 * Sign-in form. Uncontrolled inputs read on submit, so the password never sits in app state.
 * The error is tied to the form with aria-describedby and announced as an alert.
 */
import { ErrorText } from '#web/components/ErrorText.tsx';
import { t } from '#i18n/translate.ts';
import { useFocusOnMount } from '../focus.ts';
import type { CounterAppModel } from '../model/app.ts';

export function LoginForm({ app }: { app: CounterAppModel }) {
  const language = app.language.value;
  const error = app.loginError.value;
  const first = useFocusOnMount<HTMLInputElement>();
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    void app.login(String(data.get('username') ?? ''), String(data.get('password') ?? ''));
  };
  return (
    <section class="card login" aria-labelledby="login-heading">
      <h2 id="login-heading">{t(language, 'counter.login.heading')}</h2>
      <form onSubmit={onSubmit} aria-describedby={error ? 'login-error' : undefined} noValidate>
        <div class="field">
          <label for="login-username">{t(language, 'counter.login.username')}</label>
          <input id="login-username" name="username" autocomplete="username" required ref={first} />
        </div>
        <div class="field">
          <label for="login-password">{t(language, 'counter.login.password')}</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
          />
        </div>
        <ErrorText error={error} language={language} id="login-error" />
        <button type="submit" class="button" disabled={app.signingIn.value}>
          {t(language, 'counter.login.submit')}
        </button>
      </form>
    </section>
  );
}
