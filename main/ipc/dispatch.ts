// One request from a renderer, whichever shell carried it: check the channel
// and the argument, run the handler, and turn every outcome into a Reply.
import { CodedError } from '../core/codedError';
import { isChannel } from './channels';
import type { Channel, Reply } from './contract';
import { HandlerError } from './handlerError';
import { handlers, type HandlerContext } from './handlers';
import type { Handler } from './handlers/context';
import { validateArg } from './validate';

export async function dispatch(ctx: HandlerContext, channel: string, raw: unknown): Promise<Reply<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: { code: 'invalid-argument', message: `unknown channel "${channel}"` } };
  const arg = validateArg(channel, raw);
  if (!arg.ok) return { ok: false, error: { code: 'invalid-argument', message: arg.message } };
  try {
    const handler = handlers[channel] as Handler<Channel>;
    return { ok: true, value: await handler(arg.value as never, ctx) };
  } catch (error) {
    if (error instanceof HandlerError) return { ok: false, error: { code: error.code, message: error.message } };
    // The engine's own errors carry messages written for the researcher.
    if (error instanceof CodedError) return { ok: false, error: { code: 'failed', message: error.message } };
    console.error(`[${channel}]`, error);
    return { ok: false, error: { code: 'failed', message: error instanceof Error ? error.message : String(error) } };
  }
}
