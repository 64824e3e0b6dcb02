/**
 * Before the tests: the browser tests need Debian's Chromium and a CJK font (for readable
 * screenshots). Installs them with apt-get when running as root, else fails with one line saying how.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const fontPresent = () => {
	try {
		return /CJK|Han Sans|WenQuanYi/i.test(
			execSync('fc-list :lang=zh family', { encoding: 'utf8' }),
		);
	} catch {
		return false;
	}
};
const missing = [];
if (!existsSync(chromium)) missing.push('chromium');
if (!fontPresent()) missing.push('fonts-noto-cjk');
if (missing.length === 0) process.exit(0);

const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (!root || !existsSync('/usr/bin/apt-get')) {
	console.error(
		`Browser tests need ${missing.join(' and ')}: run \`sudo apt-get install -y ${missing.join(' ')}\` (or set CHROMIUM_PATH).`,
	);
	process.exit(1);
}
console.log(`Installing ${missing.join(', ')} with apt-get (needed by the browser tests)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
execSync(`apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`, {
	stdio: 'inherit',
	env,
});
