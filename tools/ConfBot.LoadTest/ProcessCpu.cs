using System.Diagnostics;
using System.Globalization;

namespace ConfBot.LoadTest;

/// <summary>
/// CPU time (user + system) a process and its descendants have used so far, from <c>/proc/PID/stat</c>: what the
/// server costs per request, which on shared cores throughput alone does not show (one server may use both cores
/// where another uses one).
/// </summary>
internal static class ProcessCpu
{
    public static readonly double TicksPerSecond = ClockTicks();

    public static TimeSpan Used(int rootId)
    {
        var stats = Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => name!.All(char.IsAsciiDigit))
            .Select(name => Stat.Read(int.Parse(name!, CultureInfo.InvariantCulture)))
            .OfType<Stat>()
            .ToList();
        var children = stats.ToLookup(s => s.ParentId);
        var tree = new List<Stat>();
        var next = new Queue<Stat>(stats.Where(s => s.Id == rootId));
        while (next.TryDequeue(out var stat))
        {
            tree.Add(stat);
            foreach (var child in children[stat.Id])
                next.Enqueue(child);
        }

        // Children that have already exited and been waited for are in the root's cutime/cstime.
        var ticks = tree.Sum(s => s.OwnTicks + (s.Id == rootId ? s.ChildTicks : 0));
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    private static double ClockTicks()
    {
        using var getconf = Process.Start(new ProcessStartInfo("getconf", "CLK_TCK") { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("could not run getconf CLK_TCK");
        var ticks = double.Parse(getconf.StandardOutput.ReadToEnd().Trim(), CultureInfo.InvariantCulture);
        getconf.WaitForExit();
        return ticks;
    }

    private sealed record Stat(int Id, int ParentId, long OwnTicks, long ChildTicks)
    {
        public static Stat? Read(int id)
        {
            string line;
            try
            {
                line = File.ReadAllText($"/proc/{id}/stat");
            }
            catch (IOException)
            {
                return null; // It exited while /proc was listed.
            }

            // The command name is in parentheses and may contain spaces: fields are counted after its closing one,
            // from field 3 (state); ppid is field 4, utime..cstime fields 14..17.
            var fields = line[(line.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
            return new Stat(id, (int)Field(4), Field(14) + Field(15), Field(16) + Field(17));
        }
    }
}
