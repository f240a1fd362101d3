// The to-do list behind GET /todos, GET /todos/{id} and POST /todos (REST, Lambda proxy).
const todos = [
  { id: "1", title: "Read the SAM template", done: true },
  { id: "2", title: "Serve it with apigw", done: false },
];

exports.handler = async (event) => {
  const route = `${event.httpMethod} ${event.resource}`;
  if (route === "GET /todos") {
    return reply(200, { greeting: process.env.GREETING, todos });
  }
  if (route === "GET /todos/{id}") {
    const todo = todos.find((t) => t.id === event.pathParameters.id);
    return todo ? reply(200, todo) : reply(404, { message: "No such to-do" });
  }
  if (route === "POST /todos") {
    const todo = { id: String(todos.length + 1), ...JSON.parse(event.body || "{}"), done: false };
    todos.push(todo);
    return reply(201, todo);
  }
  return reply(404, { message: `No route ${route}` });
};

function reply(statusCode, body) {
  return { statusCode, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
}
