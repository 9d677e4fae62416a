using System.Collections;
using System.Diagnostics;

namespace ConfBot.IntegrationTests.TestSupport;

/// <summary>Spans an in-memory exporter adds from the threads that end them, read by a test as they come.</summary>
internal sealed class ExportedSpans : ICollection<Activity>
{
    private readonly List<Activity> _spans = [];

    public int Count { get { lock (_spans) return _spans.Count; } }

    public bool IsReadOnly => false;

    public void Add(Activity item) { lock (_spans) _spans.Add(item); }

    public void Clear() { lock (_spans) _spans.Clear(); }

    public bool Contains(Activity item) { lock (_spans) return _spans.Contains(item); }

    public void CopyTo(Activity[] array, int arrayIndex) { lock (_spans) _spans.CopyTo(array, arrayIndex); }

    public bool Remove(Activity item) { lock (_spans) return _spans.Remove(item); }

    public IEnumerator<Activity> GetEnumerator() => Snapshot().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The first span that matches, once one has been exported; fails after 30 s.</summary>
    public async Task<Activity> WaitForAsync(Func<Activity, bool> match)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        Activity? found;
        while ((found = Snapshot().FirstOrDefault(match)) is null)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "no matching span was exported");
            await Task.Delay(20);
        }

        return found;
    }

    private List<Activity> Snapshot() { lock (_spans) return [.. _spans]; }
}
