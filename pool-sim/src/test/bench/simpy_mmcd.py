#!/usr/bin/python3
"""M/M/c+D in SimPy: the same model as the virtual engine's benchmark (a fixed pool of C connections,
Poisson arrivals at RATE/s, exponential holds of mean HOLD s, FIFO waiters who give up after TIMEOUT s).
Prints the wall time and requests per wall second. Works with Debian's python3-simpy (SimPy 2.3, the
classic API) and with SimPy 3/4 (the environment API) if that is what is installed.

usage: simpy_mmcd.py REQUESTS [RATE HOLD C TIMEOUT SEED]
"""
import random
import sys
import time


def run_simpy2(n, rate, hold_mean, c, timeout, rnd):
    from SimPy.Simulation import Simulation, Process, Resource, hold, request, release
    stats = {"served": 0, "timedout": 0, "waited": 0}
    sim = Simulation()
    sim.initialize()
    pool = Resource(capacity=c, sim=sim)

    class Request(Process):
        def go(self, holding):
            arrived = self.sim.now()
            yield (request, self, pool), (hold, self, timeout)
            if self.acquired(pool):
                if self.sim.now() > arrived:
                    stats["waited"] += 1
                yield hold, self, holding
                yield release, self, pool
                stats["served"] += 1
            else:
                stats["waited"] += 1
                stats["timedout"] += 1

    class Source(Process):
        def go(self):
            for _ in range(n):
                r = Request(sim=self.sim)
                self.sim.activate(r, r.go(rnd.expovariate(1.0 / hold_mean)))
                yield hold, self, rnd.expovariate(rate)

    src = Source(sim=sim)
    sim.activate(src, src.go())
    sim.simulate(until=n / rate * 10 + 3600)
    return stats


def run_simpy3(n, rate, hold_mean, c, timeout, rnd):
    import simpy
    stats = {"served": 0, "timedout": 0, "waited": 0}
    env = simpy.Environment()
    pool = simpy.Resource(env, capacity=c)

    def request(holding):
        arrived = env.now
        with pool.request() as req:
            got = yield req | env.timeout(timeout)
            if req in got:
                if env.now > arrived:
                    stats["waited"] += 1
                yield env.timeout(holding)
                stats["served"] += 1
            else:
                stats["waited"] += 1
                stats["timedout"] += 1

    def source():
        for _ in range(n):
            env.process(request(rnd.expovariate(1.0 / hold_mean)))
            yield env.timeout(rnd.expovariate(rate))

    env.process(source())
    env.run()
    return stats


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    rate = float(sys.argv[2]) if len(sys.argv) > 2 else 1000.0
    hold_mean = float(sys.argv[3]) if len(sys.argv) > 3 else 0.027
    c = int(sys.argv[4]) if len(sys.argv) > 4 else 30
    timeout = float(sys.argv[5]) if len(sys.argv) > 5 else 1.0
    rnd = random.Random(int(sys.argv[6]) if len(sys.argv) > 6 else 7)
    try:
        import SimPy.Simulation  # noqa: F401  (SimPy 2, Debian's python3-simpy)
        runner, flavour = run_simpy2, "SimPy 2 (classic API)"
    except ImportError:
        runner, flavour = run_simpy3, "SimPy 3+ (environment API)"
    start = time.perf_counter()
    stats = runner(n, rate, hold_mean, c, timeout, rnd)
    wall = time.perf_counter() - start
    print(f"simpy flavour       {flavour}")
    print(f"simpy requests      {n} served={stats['served']} timedout={stats['timedout']}"
          f" P(wait)={stats['waited'] / n:.4f}")
    print(f"simpy wall          {wall:.3f} s")
    print(f"SIMPY_REQ_PER_SEC={n / wall:.1f}")


if __name__ == "__main__":
    main()
