import { describe, expect, it } from "vitest";
import { Outbox, type Pending } from "./queue";

class MemoryStorage {
  private values = new Map<string, string>();
  getItem(key: string) {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.values.set(key, value);
  }
}

class Offline extends Error {}

function outbox(storage = new MemoryStorage()) {
  let n = 0;
  return new Outbox(
    storage,
    (e) => e instanceof Offline,
    () => `key-${++n}`,
    () => new Date("2026-03-05T18:00:00Z"),
  );
}

describe("Outbox", () => {
  it("keeps entries until they are sent, oldest first", async () => {
    const box = outbox();
    box.add("/events/1/captures", { name: "Anna" });
    box.add("/events/1/captures", { name: "Ben" });
    const sent: Pending[] = [];
    const result = await box.flush(async (e) => {
      sent.push(e);
    });
    expect(sent.map((e) => (e.body as { name: string }).name)).toEqual([
      "Anna",
      "Ben",
    ]);
    expect(result).toEqual({ sent: 2, refused: [], waiting: 0 });
    expect(box.entries()).toEqual([]);
  });

  it("keeps everything from the first entry without an answer", async () => {
    const box = outbox();
    box.add("/p", { n: 1 });
    box.add("/p", { n: 2 });
    box.add("/p", { n: 3 });
    let calls = 0;
    const result = await box.flush(async () => {
      if (++calls === 2) throw new Offline("no network");
    });
    expect(result.sent).toBe(1);
    expect(result.waiting).toBe(2);
    expect(box.entries().map((e) => (e.body as { n: number }).n)).toEqual([
      2, 3,
    ]);
  });

  it("resends with the same idempotency key", async () => {
    const box = outbox();
    box.add("/p", {});
    const keys: string[] = [];
    await box.flush(async (e) => {
      keys.push(e.key);
      throw new Offline("lost answer");
    });
    await box.flush(async (e) => {
      keys.push(e.key);
    });
    expect(keys).toEqual(["key-1", "key-1"]);
  });

  it("drops and reports what the server refused", async () => {
    const box = outbox();
    box.add("/p", { name: "" });
    const result = await box.flush(async () => {
      throw new Error("Field 'name' must not be empty.");
    });
    expect(result.refused).toHaveLength(1);
    expect(result.refused[0].message).toContain("name");
    expect(box.entries()).toEqual([]);
  });

  it("survives a reload (storage) and ignores garbage in it", async () => {
    const storage = new MemoryStorage();
    outbox(storage).add("/p", { name: "Anna" });
    expect(outbox(storage).entries()).toHaveLength(1);
    storage.setItem("knoten.outbox", "{not json");
    expect(outbox(storage).entries()).toEqual([]);
  });

  it("runs one flush at a time", async () => {
    const box = outbox();
    box.add("/p", {});
    let calls = 0;
    const send = async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 5));
    };
    await Promise.all([box.flush(send), box.flush(send)]);
    expect(calls).toBe(1);
  });
});
