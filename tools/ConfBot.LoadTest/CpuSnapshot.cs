using System.Globalization;

namespace ConfBot.LoadTest;

/// <summary>
/// CPU used so far by the server, by this generator and by the whole machine. The generator and other work share
/// the server's cores, so a phase reports what everyone else took beside the server's own figure: a server starved
/// by a busy machine shows as such rather than as a slow server.
/// </summary>
internal sealed record CpuSnapshot(TimeSpan Server, TimeSpan Generator, TimeSpan Machine)
{
    // The generator alone: the server is its child, so its process tree would count the server twice.
    public static CpuSnapshot Take(int serverId) =>
        new(ProcessCpu.Used(serverId), Environment.CpuUsage.TotalTime, MachineBusy());

    public static CpuSnapshot operator -(CpuSnapshot after, CpuSnapshot before) =>
        new(after.Server - before.Server, after.Generator - before.Generator, after.Machine - before.Machine);

    /// <summary>CPU time not spent by the server or the generator: other processes and the kernel's own work.</summary>
    public TimeSpan Others => Machine - Server - Generator;

    // The first line of /proc/stat sums all cores: user nice system idle iowait irq softirq steal ...; busy is all
    // but idle and iowait.
    private static TimeSpan MachineBusy()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..9]
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var busy = fields.Sum() - fields[3] - fields[4];
        return TimeSpan.FromSeconds(busy / ProcessCpu.TicksPerSecond);
    }
}
