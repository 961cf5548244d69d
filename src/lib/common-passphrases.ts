/**
 * A small list of the passwords people use most (8 characters or more, since shorter ones are
 * refused anyway), in English and Spanish, written lower case without spaces. Drawn from the most
 * common entries of public breach-frequency lists. It is kept small on purpose: it stops the
 * guesses an attacker tries first, and the strength guide covers the rest.
 */
export const COMMON_PASSPHRASES: ReadonlySet<string> = new Set([
  'password', 'password1', 'password12', 'password123', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'pa$$word',
  '12345678', '123456789', '1234567890', '11111111', '00000000', '87654321', '12341234', '11223344',
  '123123123', '1q2w3e4r', '1q2w3e4r5t', 'q1w2e3r4', 'qwertyui', 'qwertyuiop', 'qwerty123', 'qwerty12',
  'asdfghjk', 'asdfghjkl', 'zxcvbnm1', 'abcd1234', 'abc12345', 'abcdefgh', 'aa123456', 'a1b2c3d4',
  'iloveyou', 'iloveyou1', 'iloveyou2', 'iloveu12', 'loveyou1', 'lovelove', 'sunshine', 'princess',
  'princesa', 'football', 'baseball', 'basketball', 'soccer12', 'superman', 'batman12', 'trustno1',
  'whatever', 'starwars', 'computer', 'internet', 'michelle', 'jennifer', 'jessica1', 'jordan23',
  'liverpool', 'chelsea1', 'arsenal1', 'mustang1', 'charlie1', 'danielle', 'babygirl', 'babygirl1',
  'butterfly', 'chocolate', 'cookie12', 'monkey12', 'dragon12', 'shadow12', 'master12', 'welcome1',
  'welcome123', 'letmein1', 'letmein123', 'changeme', 'iloveyou!', 'freedom1', 'blessed1', 'jesus123',
  'godisgood', 'believe1', 'angel123', 'mylove12', 'forever1', 'secret12', 'myspace1', 'facebook',
  'instagram', 'google123', 'samsung1', 'iphone12', 'pokemon1', 'minecraft', 'fortnite', 'hello123',
  'helloworld', 'goodluck', 'happy123', 'family12', 'mother12', 'mommy123', 'daddy123', 'summer12',
  'winter12', 'spring12', 'november', 'december', 'september', 'password!', 'qazwsxedc', 'zaq12wsx',
  'contraseña', 'contrasena', 'teamo123', 'teamomucho', 'tequiero', 'tequiero1', 'amorcito', 'miamor12',
  'corazon1', 'mariposa', 'estrella', 'princesita', 'chiquita', 'familia1', 'diosesamor', 'jesucristo',
  'america1', 'mexico12', 'guadalupe', 'california', 'losangeles', 'sanfrancisco', 'sandiego1', 'raiders1',
  'dodgers1', 'lakers24', 'warriors', 'blink182', 'letmein!', 'secret123', 'admin123', 'administrator',
]);
