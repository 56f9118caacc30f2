namespace MonitorsAsCode.Definitions.Slos;

/// <summary>The types of PromQL values, named as Prometheus names them in its messages.</summary>
internal enum PromqlValueType
{
    Scalar,
    InstantVector,
    RangeVector,
    String,
}
