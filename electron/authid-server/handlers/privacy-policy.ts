import { sendHtml } from '../http/respond';
import { privacyPolicyPage } from '../pages/form-pages';
import type { Handler } from '../server-context';

export const handlePrivacyPolicy: Handler = (context, { res }) => sendHtml(res, 200, privacyPolicyPage(context.appName));
