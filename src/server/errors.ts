/**
 * Every error leaves the API as { statusCode, error, message } with a one-line message: validation failures say which
 * parameter is wrong and what it accepts, InputError (the user's to fix) is a 400, anything else a logged 500.
 */
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { InputError } from '../errors.js';

/** An error with the HTTP status it answers with. */
export class HttpError extends Error {
  constructor(readonly statusCode: number, message: string) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (message: string) => new HttpError(404, message);

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

const CONTEXT_NAMES: Record<string, string> = { querystring: 'query parameter', params: 'path parameter', body: 'body field', headers: 'header' };

/** The first validation issue in words: `unknown query parameter "foo"`, `kind must be one of resolution, …`. */
export function validationMessage(issues: ValidationIssue[], context: string): string {
  const [issue] = issues;
  const what = CONTEXT_NAMES[context] ?? context;
  const name = issue.instancePath.replace(/^\//, '').replace(/\//g, '.') || (issue.params.missingProperty as string | undefined) || '';
  switch (issue.keyword) {
    case 'additionalProperties':
      return `unknown ${what} "${String(issue.params.additionalProperty)}"`;
    case 'required':
      return `missing ${what} "${String(issue.params.missingProperty)}"`;
    case 'enum':
      return `${what} ${name} must be one of ${(issue.params.allowedValues as unknown[]).join(', ')}`;
    case 'pattern':
      return `${what} ${name} is not in the expected form (${String(issue.params.pattern)})`;
    default:
      return `${what} ${name} ${issue.message ?? 'is not valid'}`.replace(/\s+/g, ' ');
  }
}

function send(reply: FastifyReply, statusCode: number, message: string): FastifyReply {
  return reply.code(statusCode).type('application/json; charset=utf-8')
    .send({ statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message });
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error.validation) return send(reply, 400, validationMessage(error.validation as ValidationIssue[], error.validationContext ?? 'request'));
    if (error instanceof InputError) return send(reply, 400, error.message);
    if (error instanceof HttpError) return send(reply, error.statusCode, error.message);
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error(error);
      return send(reply, status, 'internal error: the server failed to answer (see its log)');
    }
    return send(reply, status, error.message.split('\n')[0]);
  });
}

/** For the API's scope: an unknown endpoint is a JSON 404 like any other error. */
export function installNotFoundHandler(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => send(reply, 404, `no such endpoint: ${request.method} ${request.url.split('?')[0]}`));
}
