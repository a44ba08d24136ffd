/**
 * `npm run hash-password -- <password>` prints a scrypt hash for aufruf.config.json;
 * `npm run hash-password -- --token <token>` prints a device token's sha256.
 */
import { hashPassword, hashToken } from './passwords.ts';

const args = process.argv.slice(2);
if (args[0] === '--token' && args[1]) process.stdout.write(`${hashToken(args[1])}\n`);
else if (args[0]) process.stdout.write(`${await hashPassword(args[0])}\n`);
else {
  process.stderr.write('usage: npm run hash-password -- <password> | --token <token>\n');
  process.exit(2);
}
