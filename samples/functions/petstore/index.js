// The PetStore's backend as one Lambda function behind a Lambda proxy integration (REST payload 1.0).
// It keeps its pets in memory: apigw serve keeps the function warm between requests, and the
// sample runs it with concurrency=1, so every request sees the same pets.
const pets = [
  { id: 1, type: 'dog', price: 249.99 },
  { id: 2, type: 'cat', price: 124.99 },
  { id: 3, type: 'fish', price: 0.99 },
];

const json = (statusCode, body) => ({
  statusCode,
  headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' },
  body: JSON.stringify(body),
});

exports.handler = async (event) => {
  const route = `${event.httpMethod} ${event.resource}`;
  if (route === 'GET /pets') {
    const query = event.queryStringParameters || {};
    const page = Math.max(1, parseInt(query.page || '1', 10) || 1);
    const matching = pets.filter((pet) => !query.type || pet.type === query.type);
    return json(200, matching.slice((page - 1) * 10, page * 10));
  }
  if (route === 'GET /pets/{petId}') {
    const pet = pets.find((p) => String(p.id) === event.pathParameters.petId);
    return pet ? json(200, pet) : json(404, { message: `No pet ${event.pathParameters.petId}` });
  }
  if (route === 'POST /pets') {
    let body;
    try {
      body = JSON.parse(event.body || '{}');
    } catch (e) {
      return json(400, { message: 'The body is not JSON' });
    }
    const pet = { id: pets.length + 1, type: body.type, price: body.price };
    pets.push(pet);
    return json(200, { pet, message: 'success' });
  }
  return json(404, { message: `No route ${route}` });
};
