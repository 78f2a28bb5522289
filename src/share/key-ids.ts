/** Which data point records the key that made a keyed hash (`valueHmac` → `keyId`, `registrationNumberHmac` → `registrationNumberKeyId`). */
export function keyIdPathFor(hmacPath: string, exists: (path: string) => boolean): string | undefined {
  const parentPath = hmacPath.slice(0, hmacPath.lastIndexOf('/'));
  const name = hmacPath.slice(hmacPath.lastIndexOf('/') + 1).replace(/Hmac$/, '');
  return [`${parentPath}/${name}KeyId`, `${parentPath}/keyId`].find(exists);
}
