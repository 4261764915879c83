//! Charts: scales and ticks, palettes and drawing code generic over plotters' backends (pure), plus the
//! canvas glue that sizes a `<canvas>` for the screen and redraws it.

pub mod canvas;
pub mod goods_trade;
pub mod palette;
pub mod ticks;
