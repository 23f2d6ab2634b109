import { describe, expect, it } from 'vitest';
import { GrantedPaths } from '../../../main/ipc/grantedPaths';

describe('GrantedPaths', () => {
  it('allows a file handed over, and what lies inside a folder handed over, nothing else', () => {
    const granted = new GrantedPaths();
    expect(granted.allows('/home/me/notes.txt')).toBe(false);
    granted.grant('/home/me/captures');
    granted.grant('/tmp/dropped/story.html');
    granted.grant('');
    expect(granted.allows('/home/me/captures')).toBe(true);
    expect(granted.allows('/home/me/captures/2021/a.txt')).toBe(true);
    expect(granted.allows('/home/me/captures/../.ssh/id_rsa')).toBe(false);
    expect(granted.allows('/home/me/captures-old/a.txt')).toBe(false);
    expect(granted.allows('/tmp/dropped/story.html')).toBe(true);
    expect(granted.allows('/tmp/dropped/other.html')).toBe(false);
    expect(granted.allows('/etc/passwd')).toBe(false);
  });
});
