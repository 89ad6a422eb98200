export const greeting = (who) => 'Hello from ' + who + ' via CloudCodes interop';
