/**
 * Owns: Socket.IO room names. No room string is written by hand anywhere else.
 * Sockets join rooms in the handshake, from their credentials; a client never asks to join.
 */
export const officeRoom = (officeId: string): string => `office:${officeId}`;
export const deviceRoom = (deviceId: string): string => `device:${deviceId}`;
export const userRoom = (userId: string): string => `user:${userId}`;
export const agentRoom = (deviceId: string): string => `agent:${deviceId}`;
export const staffRoom = (officeId: string): string => `staff:${officeId}`;
