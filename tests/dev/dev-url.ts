/** Where the dev-server checks run `npm start`: its own port, so it never meets a developer's server on 3000. */
export const DEV_PORT = Number(process.env.E2E_DEV_PORT ?? 3100);
export const DEV_URL = `http://127.0.0.1:${DEV_PORT}`;
