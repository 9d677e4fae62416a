namespace ConfBot.Core.Search.Semantic;

/// <summary>Turns texts into vectors whose dot product says how close their meanings are.</summary>
public interface ITextEmbedder
{
    /// <summary>Names the model: vectors of different models never mix, so stored vectors are keyed by it.</summary>
    string Model { get; }

    int Dimensions { get; }

    /// <summary>One unit-length vector per text, in order.</summary>
    float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellation = default);
}
