// The baseline: a closure-based scalar engine in the style of Karpathy's micrograd, written here
// so the comparison needs no extra package. Each op builds a new Value and hides its local
// gradient rule in a `_backward` closure; `backward()` sorts the graph and runs the closures.
// One change from the original: the topological sort is iterative, because the recursive one
// overflows the stack on deep graphs (micrograd#90) and the bench goes to 100,000 nodes.

export class Value {
  constructor(data, children = []) {
    this.data = data;
    this.grad = 0;
    this._backward = noop;
    this._prev = children;
  }

  add(other) {
    const out = new Value(this.data + other.data, [this, other]);
    out._backward = () => {
      this.grad += out.grad;
      other.grad += out.grad;
    };
    return out;
  }

  sub(other) {
    const out = new Value(this.data - other.data, [this, other]);
    out._backward = () => {
      this.grad += out.grad;
      other.grad -= out.grad;
    };
    return out;
  }

  mul(other) {
    const out = new Value(this.data * other.data, [this, other]);
    out._backward = () => {
      this.grad += other.data * out.grad;
      other.grad += this.data * out.grad;
    };
    return out;
  }

  tanh() {
    const t = Math.tanh(this.data);
    const out = new Value(t, [this]);
    out._backward = () => {
      this.grad += (1 - t * t) * out.grad;
    };
    return out;
  }

  square() {
    const out = new Value(this.data * this.data, [this]);
    out._backward = () => {
      this.grad += 2 * this.data * out.grad;
    };
    return out;
  }

  /** Nodes reachable from this one, inputs first (iterative depth-first search). */
  topo() {
    const order = [];
    const visited = new Set([this]);
    const stack = [[this, 0]];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const [node, next] = frame;
      if (next < node._prev.length) {
        frame[1] += 1;
        const child = node._prev[next];
        if (!visited.has(child)) {
          visited.add(child);
          stack.push([child, 0]);
        }
      } else {
        order.push(node);
        stack.pop();
      }
    }
    return order;
  }

  backward() {
    const order = this.topo();
    this.grad = 1;
    for (let i = order.length - 1; i >= 0; i--) order[i]._backward();
    return order;
  }
}

function noop() {}
