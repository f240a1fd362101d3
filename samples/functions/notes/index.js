// The notes API's functions (HTTP API, payload 2.0). Notes live in memory for the sample.
const notes = new Map();

exports.list = async () => ({ notes: [...notes.values()] });

exports.create = async (event) => {
  const body = JSON.parse(event.body || '{}');
  const note = { id: String(notes.size + 1), text: String(body.text || '') };
  notes.set(note.id, note);
  return { statusCode: 201, body: JSON.stringify(note) };
};

exports.remove = async (event) => {
  const id = event.pathParameters.id;
  return notes.delete(id) ? { statusCode: 204 } : { statusCode: 404, body: JSON.stringify({ message: `No note ${id}` }) };
};
