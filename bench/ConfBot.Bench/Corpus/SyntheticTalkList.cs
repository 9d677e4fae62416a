using System.Collections;
using ConfBot.Core.Talks;

namespace ConfBot.Bench.Corpus;

/// <summary>
/// Synthetic talks made on demand: the index reads each once while building and again only for hits,
/// so a benchmark measures the index's memory rather than the generator's.
/// </summary>
internal sealed class SyntheticTalkList(SyntheticCorpus corpus, int count) : IReadOnlyList<Talk>
{
    public int Count => count;

    public Talk this[int index] => (uint)index < (uint)count ? corpus.Talk(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<Talk> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
            yield return corpus.Talk(i);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
